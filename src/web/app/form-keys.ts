/**
 * Enter in a date picker confirms the date typed (or closes the picker) and nothing else: the
 * browser would also submit the form around it ("implicit submission") with whatever the other
 * fields held at that moment — half-edited values saved by a key meant for the date. Installed
 * once for the whole app (App.tsx), so every form's date fields behave the same.
 *
 * Listening on the document, this runs after Ant Design's own handler on the input (React's
 * listeners sit on the root element below it), which has already taken the date; cancelling the
 * key's default action then stops only the submission.
 */
export function keepEnterInDatePickers(target: Document = document): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.isComposing) return;
    if (isDatePickerInput(event.target)) event.preventDefault();
  };
  target.addEventListener('keydown', onKeyDown);
  return () => target.removeEventListener('keydown', onKeyDown);
}

/** An input of an Ant Design date, time or range picker. */
function isDatePickerInput(element: EventTarget | null): boolean {
  return (
    typeof HTMLInputElement !== 'undefined' &&
    element instanceof HTMLInputElement &&
    element.closest('.ant-picker') !== null
  );
}
