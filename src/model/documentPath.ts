/** The path a validation problem names when it concerns the whole document (or the file). */
export const DOCUMENT_PATH = '(document)';
