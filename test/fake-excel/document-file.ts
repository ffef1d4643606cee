/**
 * The document as a file, as Office.js hands it to an add-in and takes one back:
 * `Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize }, callback)` with its
 * `Office.File` (size, sliceCount, getSliceAsync, closeAsync), and `Excel.createWorkbook(base64)`.
 * Followed from Office.js: callbacks come later, never during the call; an AsyncResult has status,
 * value and error; slices are arrays of byte numbers of at most sliceSize (4 MiB when not given, larger
 * refused); only one file may be open at a time; a closed file gives no more slices. The bytes are what
 * the test seeds (`setFile`): the fake does not write .xlsx itself.
 */
import { OfficeError } from "./state";

const MAX_SLICE = 4 * 1024 * 1024;

type Callback<T> = (result: Office.AsyncResult<T>) => void;

export const FILE_ENUMS = {
  FileType: { Compressed: "compressed", Pdf: "pdf", Text: "text" },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
};

function later<T>(callback: Callback<T> | undefined, result: { value?: T; error?: string }): void {
  const answer = result.error
    ? { status: "failed", value: undefined, error: { code: 5001, name: "Internal Error", message: result.error } }
    : { status: "succeeded", value: result.value, error: undefined };
  setTimeout(() =>
    callback?.({ ...answer, asyncContext: undefined, diagnostics: undefined } as unknown as Office.AsyncResult<T>),
  );
}

export class DocumentFile {
  private bytes: Uint8Array | null = null;
  private open = false;
  readonly created: string[] = [];
  /** Files handed out, to see each was closed. */
  opened = 0;
  closed = 0;

  seed(bytes: Uint8Array): void {
    this.bytes = bytes;
  }

  getFileAsync(
    fileType: string,
    options?: { sliceSize?: number } | Callback<Office.File>,
    callback?: Callback<Office.File>,
  ): void {
    const done = typeof options === "function" ? options : callback;
    const sliceSize = (typeof options === "object" ? options?.sliceSize : undefined) ?? MAX_SLICE;
    if (fileType !== FILE_ENUMS.FileType.Compressed)
      return later(done, { error: `Bestandstype ${fileType} niet in deze nep-Excel.` });
    if (!Number.isInteger(sliceSize) || sliceSize <= 0 || sliceSize > MAX_SLICE)
      return later(done, { error: "The value of the sliceSize is out of range." });
    if (this.open) return later(done, { error: "Only one file can be open at a time." });
    if (!this.bytes) return later(done, { error: "No file was seeded for this fake workbook." });
    const bytes = this.bytes;
    this.open = true;
    this.opened++;
    let closed = false;
    const file = {
      size: bytes.length,
      sliceCount: Math.max(1, Math.ceil(bytes.length / sliceSize)),
      getSliceAsync: (index: number, sliceDone?: Callback<Office.Slice>) => {
        if (closed) return later(sliceDone, { error: "The file is closed." });
        if (!Number.isInteger(index) || index < 0 || index >= file.sliceCount)
          return later(sliceDone, { error: "The slice index is out of range." });
        const data = Array.from(bytes.subarray(index * sliceSize, (index + 1) * sliceSize));
        later(sliceDone, { value: { data, index, size: data.length } as Office.Slice });
      },
      closeAsync: (closeDone?: Callback<void>) => {
        if (!closed) {
          closed = true;
          this.open = false;
          this.closed++;
        }
        later(closeDone, { value: undefined });
      },
    };
    later(done, { value: file as unknown as Office.File });
  }

  /** Excel.createWorkbook: refuses what is not base64 of a zip, as Excel refuses what it cannot open. */
  async createWorkbook(base64?: string): Promise<void> {
    if (base64 !== undefined) {
      let binary: string;
      try {
        binary = atob(base64);
      } catch {
        throw new OfficeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
      }
      if (!binary.startsWith("PK\u0003\u0004"))
        throw new OfficeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
    }
    this.created.push(base64 ?? "");
  }
}
