// Exports: jsonl, csv (quotes or entity mentions), GDELT GKG 2.1-compatible TSV, schema.org JSON-LD,
// brat standoff. Each writer takes an (async) iterable of { record, meta, entityIds } items.
export { EXPORT_FORMATS, type ExportFormat, type ExportItem, type ExportMeta, corpusIdOf } from './export-item.js';
export { exportChunks, exportRecords, isExportFormat, type ExportOptions } from './export-records.js';
export { jsonlLines } from './jsonl-writer.js';
export { csvLines, csvField, QUOTE_COLUMNS, ENTITY_COLUMNS, type CsvTable } from './csv-writer.js';
export { gkgLines, gkgRow, GKG_COLUMNS } from './gkg-writer.js';
export { jsonldChunks, articleNodes } from './jsonld-writer.js';
export { bratDocument, writeBratCollection, BRAT_ANNOTATION_CONF, type BratDocument } from './brat-writer.js';
