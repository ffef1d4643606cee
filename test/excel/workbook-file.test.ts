/** The workbook's file only where Office.js can give it: File and CompressedFile (not Excel on the web). */
import { workbookFileBytes } from "../../src/excel/workbook-file";
import { createFakeExcel } from "../fake-excel";

describe("workbookFileBytes", () => {
  it.each(["File", "CompressedFile"])(
    "without %s says in Dutch where to make the copy, and asks no file",
    async (lacking) => {
      const fake = createFakeExcel();
      fake.setFile(Uint8Array.from([1, 2, 3]));
      const asked: string[] = [];
      const office = fake.Office;
      const host = {
        ...office,
        context: {
          ...office.context,
          requirements: { isSetSupported: (name: string) => name !== lacking },
          document: {
            getFileAsync: () => {
              asked.push("getFileAsync");
            },
          },
        },
      } as unknown as typeof Office;
      const result = await workbookFileBytes(host);
      expect(result).toEqual({
        ok: false,
        kind: "value",
        message:
          "Deze Excel geeft de werkmap niet als bestand (Excel op de iPad kan dat niet). Maak de deelbare kopie in " +
          "Excel voor Windows, Mac of het web, of met npx samen share.",
      });
      expect(asked).toEqual([]);
    },
  );

  it("gives the file where both sets are there", async () => {
    const fake = createFakeExcel();
    fake.setFile(Uint8Array.from([1, 2, 3]));
    expect(await workbookFileBytes(fake.Office)).toEqual({ ok: true, value: Uint8Array.from([1, 2, 3]) });
  });
});
