import { createFakeExcel } from ".";

type Answer<T> = Office.AsyncResult<T>;

const fileOf = (office: typeof Office, options?: { sliceSize?: number }) =>
  new Promise<Answer<Office.File>>((resolve) =>
    office.context.document.getFileAsync(office.FileType.Compressed, options ?? {}, resolve),
  );
const sliceOf = (file: Office.File, index: number) =>
  new Promise<Answer<Office.Slice>>((resolve) => file.getSliceAsync(index, resolve));
const close = (file: Office.File) => new Promise<void>((resolve) => file.closeAsync(() => resolve()));

describe("fake Excel: the document as a file", () => {
  it("hands the seeded bytes over in slices of sliceSize, answering later, never during the call", async () => {
    const fake = createFakeExcel();
    fake.setFile(Uint8Array.from({ length: 10 }, (_, i) => i));
    let answered = false;
    const pending = new Promise<Answer<Office.File>>((resolve) =>
      fake.Office.context.document.getFileAsync(fake.Office.FileType.Compressed, { sliceSize: 4 }, (result) => {
        answered = true;
        resolve(result);
      }),
    );
    expect(answered).toBe(false);
    const opened = await pending;
    expect(opened.status).toBe(fake.Office.AsyncResultStatus.Succeeded);
    const file = opened.value;
    expect([file.size, file.sliceCount]).toEqual([10, 3]);
    expect((await sliceOf(file, 2)).value).toEqual({ data: [8, 9], index: 2, size: 2 });
    expect((await sliceOf(file, 3)).status).toBe(fake.Office.AsyncResultStatus.Failed);
    await close(file);
    expect((await sliceOf(file, 0)).status).toBe(fake.Office.AsyncResultStatus.Failed);
  });

  it("allows one open file at a time and refuses a slice size past 4 MiB", async () => {
    const fake = createFakeExcel();
    fake.setFile(new Uint8Array(3));
    expect((await fileOf(fake.Office, { sliceSize: 4 * 1024 * 1024 + 1 })).status).toBe("failed");
    const first = await fileOf(fake.Office);
    expect(first.status).toBe("succeeded");
    expect((await fileOf(fake.Office)).status).toBe("failed");
    await close(first.value);
    expect((await fileOf(fake.Office)).status).toBe("succeeded");
    expect(fake.fileHandles()).toEqual({ opened: 2, closed: 1 });
  });

  it("creates workbooks from base64 of a zip and refuses anything else", async () => {
    const fake = createFakeExcel();
    await fake.Excel.createWorkbook(Buffer.from("PK\u0003\u0004rest").toString("base64"));
    await expect(fake.Excel.createWorkbook(Buffer.from("geen zip").toString("base64"))).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    await expect(fake.Excel.createWorkbook("%%%")).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(fake.createdWorkbooks()).toHaveLength(1);
  });
});
