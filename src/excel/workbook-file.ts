/**
 * The open workbook as an .xlsx file, and a new workbook from one: the two Office.js calls the shareable
 * copy needs. Office.js hands the file over in slices of at most 4 MiB (getFileAsync, Compressed), and
 * only one file may be open at a time, so it is always closed again, also after a failed slice.
 */
import { invalid, ok, type Result } from "../model/result";

const SLICE_BYTES = 4 * 1024 * 1024;
const FILE_FAILED = "Excel gaf de werkmap niet als bestand. Sluit een cel die u bewerkt en probeer het opnieuw.";

function settled<T>(
  office: typeof Office,
  start: (callback: (result: Office.AsyncResult<T>) => void) => void,
): Promise<Result<T>> {
  const succeeded = office.AsyncResultStatus.Succeeded;
  return new Promise((resolve) =>
    start((result) => resolve(result.status === succeeded ? ok(result.value) : invalid(FILE_FAILED))),
  );
}

const NO_FILE =
  "Deze Excel geeft de werkmap niet als bestand (Excel op de iPad kan dat niet). Maak de deelbare kopie in " +
  "Excel voor Windows, Mac of het web, of met npx samen share.";

/**
 * The workbook's bytes as Excel would save them now. Office.js gives the file only where the File and
 * CompressedFile requirement sets are supported: Excel on Windows, Mac and the web, not on the iPad
 * (Microsoft's table of the Common API sets), so they are asked for here rather than declared in the
 * manifest, which would keep the whole add-in off the iPad.
 */
export async function workbookFileBytes(office: typeof Office): Promise<Result<Uint8Array>> {
  const requirements = office.context.requirements;
  if (!requirements.isSetSupported("File") || !requirements.isSetSupported("CompressedFile")) return invalid(NO_FILE);
  const opened = await settled<Office.File>(office, (callback) =>
    office.context.document.getFileAsync(office.FileType.Compressed, { sliceSize: SLICE_BYTES }, callback),
  );
  if (!opened.ok) return opened;
  const file = opened.value;
  try {
    const bytes = new Uint8Array(file.size);
    let at = 0;
    for (let index = 0; index < file.sliceCount; index++) {
      const slice = await settled<Office.Slice>(office, (callback) => file.getSliceAsync(index, callback));
      if (!slice.ok) return slice;
      bytes.set(slice.value.data as number[], at);
      at += slice.value.size;
    }
    return at === file.size ? ok(bytes) : invalid(FILE_FAILED);
  } finally {
    await new Promise<void>((resolve) => file.closeAsync(() => resolve()));
  }
}

function base64Of(bytes: Uint8Array): string {
  let binary = "";
  // In blocks: String.fromCharCode takes its arguments on the stack.
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

/** Opens `bytes` as a new workbook beside the current one (ExcelApi 1.8). */
export async function openAsNewWorkbook(excel: typeof Excel, bytes: Uint8Array): Promise<Result<void>> {
  try {
    await excel.createWorkbook(base64Of(bytes));
    return ok(undefined);
  } catch {
    return invalid("Excel kon de kopie niet openen als nieuwe werkmap.");
  }
}
