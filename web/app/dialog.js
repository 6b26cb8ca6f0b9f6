// web/app/dialog.js — the page's own confirm dialog (a modal <dialog>, not window.confirm, which
// blocks the page, cannot be styled or themed, and that browsers may suppress). Owns: asking one
// question with two buttons and resolving true/false; Escape means "no". The dialog element is
// in index.html (#confirm).

const $ = (id) => document.getElementById(id);

/** Resolves true when the person picks `yes`, false for `no`, Escape or closing the dialog. */
export function confirmDialog(message, { yes = 'OK', no = 'Cancel' } = {}) {
  const dlg = $('confirm');
  $('confirm-message').textContent = message;
  $('confirm-yes').textContent = yes;
  $('confirm-no').textContent = no;
  return new Promise((resolve) => {
    const done = (v) => { cleanup(); if (dlg.open) dlg.close(); resolve(v); };
    const onYes = () => done(true);
    const onNo = () => done(false);
    const onClose = () => done(false);
    const cleanup = () => {
      $('confirm-yes').removeEventListener('click', onYes);
      $('confirm-no').removeEventListener('click', onNo);
      dlg.removeEventListener('close', onClose);
    };
    $('confirm-yes').addEventListener('click', onYes);
    $('confirm-no').addEventListener('click', onNo);
    dlg.addEventListener('close', onClose);
    dlg.showModal();
    $('confirm-no').focus();   // the safe choice has focus: Enter keeps the edits
  });
}
