import type { SensitiveNote } from '@tsunagu/contracts/households';
import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { printSheet } from './api';

/**
 * 印刷 as an audited export: the server is told first (and refuses a household the agency no longer
 * sees), then the browser prints; a print from the browser's menu is logged too. 要配慮個人情報 the server returns goes onto that one print and is
 * taken off the page again once the print dialog closes (`afterprint`). A refusal is kept for display
 * and nothing is printed.
 */
export function usePrintSheet(householdId: string) {
  const [notes, setNotes] = useState<SensitiveNote[] | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const running = useRef(false);

  useEffect(() => {
    const clear = () => setNotes(null);
    // Printed from the browser's menu (Ctrl+P) rather than the button: still an export, so logged —
    // without 要配慮個人情報, which only the button's print carries.
    const logMenuPrint = () => {
      if (!running.current) printSheet(householdId, false).catch(() => {});
    };
    window.addEventListener('afterprint', clear);
    window.addEventListener('beforeprint', logMenuPrint);
    return () => {
      window.removeEventListener('afterprint', clear);
      window.removeEventListener('beforeprint', logMenuPrint);
    };
  }, [householdId]);

  const print = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    setFailure(null);
    try {
      const { sensitive } = await printSheet(householdId);
      // The section must be in the document before the print dialog lays the page out.
      flushSync(() => setNotes(sensitive?.length ? sensitive : null));
      window.print();
    } catch (err) {
      setFailure(err);
    } finally {
      running.current = false;
    }
  }, [householdId]);

  return { notes, failure, print };
}
