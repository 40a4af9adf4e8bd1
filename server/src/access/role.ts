import { describedEnum, type EnumValue } from '../graphql/described-enum';

export const Role = describedEnum('Role', 'What an account may do.', {
  CONTRIBUTOR: 'A constituent’s focal point: creates and edits their own drafts, and submits them.',
  EDITOR: 'Secretariat staff: edits all content, publishes or rejects submissions.',
  ADMIN: 'Everything an editor does, and manages accounts.',
});
export type Role = EnumValue<typeof Role>;

export const Constituency = describedEnum(
  'Constituency',
  'Which tripartite constituent (or the ASEAN Secretariat) an account speaks for.',
  {
    GOVERNMENT: 'A member state’s government.',
    EMPLOYERS: 'An employers’ organisation.',
    WORKERS: 'A workers’ organisation.',
    SECRETARIAT: 'The ASEAN Secretariat.',
    OTHER: 'Another organisation (civil society, international organisation, academia).',
  },
);
export type Constituency = EnumValue<typeof Constituency>;
