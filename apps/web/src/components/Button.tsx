import { createLink } from '@tanstack/react-router';
import { type AnchorHTMLAttributes, type ButtonHTMLAttributes, forwardRef } from 'react';

/** Visual weight of a button, after the Digital Agency button kinds. */
export type ButtonVariant = 'primary' | 'secondary' | 'tertiary' | 'danger';
/** Height and padding of a button. */
export type ButtonSize = 'md' | 'sm';

const base =
  'link-plain inline-flex items-center justify-center gap-2 rounded-8 border-2 text-center whitespace-nowrap no-underline ' +
  'transition-colors disabled:cursor-not-allowed aria-disabled:cursor-not-allowed';

const variants: Record<ButtonVariant, string> = {
  primary:
    'border-blue-900 bg-blue-900 text-white hover:border-blue-1000 hover:bg-blue-1000 active:bg-blue-1200 ' +
    'disabled:border-solid-gray-300 disabled:bg-solid-gray-300 disabled:text-solid-gray-50',
  secondary:
    'border-blue-900 bg-white text-blue-900 hover:border-blue-1000 hover:bg-blue-200 hover:text-blue-1000 ' +
    'disabled:border-solid-gray-300 disabled:text-solid-gray-420 disabled:bg-white',
  tertiary:
    'border-transparent bg-transparent text-blue-900 underline underline-offset-[3px] hover:bg-blue-50 ' +
    'hover:text-blue-1000 hover:decoration-2 disabled:text-solid-gray-420',
  danger:
    'border-error-2 bg-white text-error-2 hover:bg-red-50 hover:border-red-1000 hover:text-red-1000 ' +
    'disabled:border-solid-gray-300 disabled:text-solid-gray-420',
};

const sizes: Record<ButtonSize, string> = {
  md: 'min-h-12 px-4 py-2 text-oln-16B-100',
  sm: 'min-h-9 px-3 py-1.5 text-oln-14B-100',
};

/** The class names of a button of the given kind, for elements that only look like buttons. */
export function buttonClass(variant: ButtonVariant = 'primary', size: ButtonSize = 'md', extra = ''): string {
  return `${base} ${variants[variant]} ${sizes[size]} ${extra}`.trim();
}

/** Props of {@link Button}. */
export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Shows a busy state and keeps the button from being pressed twice. */
  busy?: boolean;
}

/** A native button in the design system's style; `type` defaults to "button". */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  {
    variant = 'primary',
    size = 'md',
    busy = false,
    className = '',
    type = 'button',
    disabled,
    children,
    ...rest
  },
  ref,
) {
  return (
    <button
      ref={ref}
      type={type}
      className={buttonClass(variant, size, className)}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
      {...rest}
    >
      {children}
    </button>
  );
});

interface AnchorButtonProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  variant?: ButtonVariant;
  size?: ButtonSize;
}

const AnchorButton = forwardRef<HTMLAnchorElement, AnchorButtonProps>(function AnchorButton(
  { variant = 'primary', size = 'md', className = '', ...rest },
  ref,
) {
  return <a ref={ref} className={buttonClass(variant, size, className)} {...rest} />;
});

/** A router link that looks like a button (navigation, not an action). */
export const LinkButton = createLink(AnchorButton);

/** A plain anchor that looks like a button: downloads and links outside the app. */
export const AnchorLinkButton = AnchorButton;
