import { csvDownload, type CsvDownload } from './table';
import { OUTCOMES_TABLE } from './tables/outcomes';
import { PRACTICES_TABLE } from './tables/practices';
import { PROGRAMS_TABLE } from './tables/programs';
import { SOURCES_TABLE } from './tables/sources';
import { STATISTICS_TABLE } from './tables/statistics';

/** Every CSV download, each served as /export/<name>.csv and described as a resource of /export/datapackage.json. */
export const CSV_DOWNLOADS: readonly CsvDownload[] = [
  csvDownload(PRACTICES_TABLE),
  csvDownload(PROGRAMS_TABLE),
  csvDownload(OUTCOMES_TABLE),
  csvDownload(STATISTICS_TABLE),
  csvDownload(SOURCES_TABLE),
];
