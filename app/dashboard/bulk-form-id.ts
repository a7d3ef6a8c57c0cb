/** The bulk form's id: the table's checkboxes join that form through their `form` attribute, since forms cannot nest. */
export const BULK_FORM_ID = "bulk-form";
