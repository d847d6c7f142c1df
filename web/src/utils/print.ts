// Printing a sheet of a screen that is not a print page (the guide desk's and the kiosk's
// checklist): while a sheet is on the page, the body carries this class and the print CSS shows
// only the sheet, so the print button and the browser's own print command give the same paper.

export const PRINTING_SHEET_CLASS = 'ow-printing-sheet'

export function markSheet(present: boolean): void {
  document.body.classList.toggle(PRINTING_SHEET_CLASS, present)
}

export function printPage(): void {
  window.print()
}
