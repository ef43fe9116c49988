"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, type ReactNode, type Ref, useId, useRef, useSyncExternalStore } from "react";
import { createPortal } from "react-dom";
import { Button } from "./button";

/**
 * Asks before a form does something that cannot be undone (withdraw an intent, cancel a
 * booking): the form's submit opens a modal dialog (the native <dialog>: focus moves into it and
 * stays there, Escape closes it, focus returns to the button) in the page's language, with the
 * safe choice focused first. Confirming submits the form as it was.
 *
 *   const confirm = useConfirmation(t("withdrawConfirm"));
 *   <form action={formAction} onSubmit={confirm.onSubmit}>…{confirm.dialog}</form>
 */
export function useConfirmation(message: string, { enabled = true, confirmLabel }: { enabled?: boolean; confirmLabel?: string } = {}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const form = useRef<HTMLFormElement | null>(null);
  const confirmed = useRef(false);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (!enabled || confirmed.current) {
      confirmed.current = false;
      return;
    }
    event.preventDefault();
    form.current = event.currentTarget;
    dialog.current?.showModal();
  };
  const confirm = () => {
    confirmed.current = true;
    dialog.current?.close();
    form.current?.requestSubmit();
  };
  return { onSubmit, dialog: <ConfirmDialog ref={dialog} message={message} confirmLabel={confirmLabel} onConfirm={confirm} /> };
}

function ConfirmDialog({ ref, message, confirmLabel, onConfirm }: { ref: Ref<HTMLDialogElement>; message: ReactNode; confirmLabel?: string; onConfirm: () => void }) {
  const t = useTranslations("dialog");
  const id = useId();
  // Rendered once hydrated (the server has no <body> to portal into); false on the server and
  // during hydration, so both render the same.
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  if (!hydrated) return null;
  // In <body>, outside the form: its buttons must never submit the form themselves.
  return createPortal(
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-message`}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl bg-white p-6 text-slate-900 shadow-xl backdrop:bg-slate-900/50"
      data-testid="confirm-dialog"
    >
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p id={`${id}-message`} className="mt-2 text-sm text-slate-700">
        {message}
      </p>
      <div className="mt-6 flex flex-wrap justify-end gap-2">
        <Button variant="secondary" autoFocus onClick={(event) => event.currentTarget.closest("dialog")?.close()}>
          {t("cancel")}
        </Button>
        <Button variant="danger" onClick={onConfirm}>
          {confirmLabel ?? t("confirm")}
        </Button>
      </div>
    </dialog>,
    document.body,
  );
}

const noSubscription = () => () => {};
