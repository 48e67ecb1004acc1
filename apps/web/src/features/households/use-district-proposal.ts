import { useCallback, useRef, useState } from 'react';
import { lookupDistrict } from './api';

/** What the address said about the school district, if anything. */
export type DistrictProposal =
  /** The district was set from the address. */
  | { kind: 'applied'; code: string }
  /** The address points elsewhere, but the clerk's own choice was kept. */
  | { kind: 'differs'; code: string }
  | null;

/**
 * 住所 → 学区: `propose` is called when the address box is left. The district is set from the address
 * when it is empty or still holds the previous proposal; one the clerk chose is never overwritten, only
 * shown as different. A proposal the new address no longer supports is taken back. Leaving the box
 * with the address unchanged asks nothing. A failed lookup is silent: it is a proposal only.
 */
export function useDistrictProposal(
  getDistrict: () => string | null | undefined,
  setDistrict: (code: string | null) => void,
  /** The address the form opened with: leaving it unchanged asks nothing. */
  initialAddress: string | null = null,
) {
  const [proposal, setProposal] = useState<DistrictProposal>(null);
  const lastApplied = useRef<string | null>(null);
  const lastAddress = useRef((initialAddress ?? '').trim());
  const request = useRef(0);

  const propose = useCallback(
    async (raw: string | null | undefined) => {
      const address = (raw ?? '').trim();
      if (address === lastAddress.current) return;
      lastAddress.current = address;
      const mine = ++request.current;
      let code: string | null = null;
      if (address !== '') {
        try {
          code = (await lookupDistrict(address)).schoolDistrictCode;
        } catch {
          lastAddress.current = '';
          return;
        }
      }
      // A later lookup (the box was left again) answers for a newer address.
      if (mine !== request.current) return;
      const current = getDistrict() || null;
      const ours = current === null || current === lastApplied.current;
      if (!code) {
        if (ours && current !== null) setDistrict(null);
        if (ours) lastApplied.current = null;
        setProposal(null);
      } else if (current === code) {
        setProposal(lastApplied.current === code ? { kind: 'applied', code } : null);
      } else if (ours) {
        lastApplied.current = code;
        setDistrict(code);
        setProposal({ kind: 'applied', code });
      } else {
        setProposal({ kind: 'differs', code });
      }
    },
    [getDistrict, setDistrict],
  );

  /** The clerk took the proposal that differed from their choice. */
  const accept = useCallback(() => {
    if (proposal?.kind !== 'differs') return;
    lastApplied.current = proposal.code;
    setDistrict(proposal.code);
    setProposal({ kind: 'applied', code: proposal.code });
  }, [proposal, setDistrict]);

  /** The clerk picked a district themselves: the proposal no longer describes the field. */
  const chosen = useCallback((code: string) => {
    if (code !== lastApplied.current) {
      lastApplied.current = null;
      setProposal(null);
    }
  }, []);

  return { proposal, propose, accept, chosen };
}
