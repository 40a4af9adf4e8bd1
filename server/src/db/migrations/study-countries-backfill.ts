/**
 * Gives every existing study the member states of its programmes (their lead states) and of its
 * practices: the same SQL on SQLite and PostgreSQL.
 */
export const STUDY_COUNTRIES_BACKFILL = `insert into study_countries (study_id, country_id)
  select sp.study_id, p.country_id from study_programs sp join program p on p.id = sp.program_id
  union
  select sx.study_id, x.country_id from study_practices sx join practice x on x.id = sx.practice_id;`;
