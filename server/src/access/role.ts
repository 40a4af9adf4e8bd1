import { registerEnumType } from 'type-graphql';

export enum Role {
  CONTRIBUTOR = 'CONTRIBUTOR',
  EDITOR = 'EDITOR',
  ADMIN = 'ADMIN',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'What an account may do.',
  valuesConfig: {
    CONTRIBUTOR: { description: 'A constituent’s focal point: creates and edits their own drafts, and submits them.' },
    EDITOR: { description: 'Secretariat staff: edits all content, publishes or rejects submissions.' },
    ADMIN: { description: 'Everything an editor does, and manages accounts.' },
  },
});

export enum Constituency {
  GOVERNMENT = 'GOVERNMENT',
  EMPLOYERS = 'EMPLOYERS',
  WORKERS = 'WORKERS',
  SECRETARIAT = 'SECRETARIAT',
  OTHER = 'OTHER',
}

registerEnumType(Constituency, {
  name: 'Constituency',
  description: 'Which tripartite constituent (or the ASEAN Secretariat) an account speaks for.',
  valuesConfig: {
    GOVERNMENT: { description: 'A member state’s government.' },
    EMPLOYERS: { description: 'An employers’ organisation.' },
    WORKERS: { description: 'A workers’ organisation.' },
    SECRETARIAT: { description: 'The ASEAN Secretariat.' },
    OTHER: { description: 'Another organisation (civil society, international organisation, academia).' },
  },
});
