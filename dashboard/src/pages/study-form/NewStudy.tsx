import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { useMutation, useQuery } from 'urql';
import { useLocation, useSearch } from 'wouter';
import { useCountryName } from '../../components/country-name';
import { QueryState } from '../../components/QueryState';
import { SaveActions } from '../../editing/SaveActions';
import { leaveSavedNotice } from '../../editing/saved-notice';
import { useSaveProblems } from '../../editing/save-problems';
import { uniqueSources } from '../../editing/source-choice';
import { CreateStudyMutation, NewStudyQuery, STUDY_TYPENAMES } from './queries';
import { returnTo, studyFormFrom, type StudyFormFrom } from './return-to';
import { StudyFields } from './StudyFields';
import { checkStudy, emptyStudy, practiceChoice, programChoice } from './study-values';
import type { ResultOf } from '../../graphql';

/**
 * A new study, concerning the programme or practice it was added from (`?program=ID`, `?practice=ID`)
 * and its member state, or the member state whose page it was added from (`?country=CODE`).
 */
export function NewStudy() {
  const from = studyFormFrom(useSearch());
  const [result, reexecute] = useQuery({
    query: NewStudyQuery,
    variables: {
      programId: from.programId,
      practiceId: from.practiceId,
      fromProgram: from.programId !== '',
      fromPractice: from.practiceId !== '',
    },
  });
  return (
    <QueryState what="studyForm.choices.what" result={result} data={result.data} retry={reexecute}>
      {(data) => <NewStudyForm data={data} from={from} />}
    </QueryState>
  );
}

function NewStudyForm({ data, from }: { data: ResultOf<typeof NewStudyQuery>; from: StudyFormFrom }) {
  const intl = useIntl();
  const countryName = useCountryName();
  const [values, setValues] = useState(() =>
    emptyStudy(
      data.program ? [programChoice(data.program)] : [],
      data.practice ? [practiceChoice(data.practice, countryName)] : [],
      [data.program?.country.code, data.practice?.country.code, from.countryCode].filter(
        (code): code is string => !!code && data.countries.some((country) => country.code === code),
      ),
    ),
  );
  const [state, create] = useMutation(CreateStudyMutation);
  const { problems, setMissing } = useSaveProblems(state.error);
  const [, navigate] = useLocation();
  const back = returnTo(from);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkStudy(values);
    setMissing(checked.problems);
    if (!checked.input) return;
    const result = await create({ input: checked.input }, { additionalTypenames: STUDY_TYPENAMES });
    if (!result.data) return;
    const done = returnTo(from, values);
    if (done.recordKey) leaveSavedNotice(done.recordKey, intl.formatMessage({ id: 'studyForm.added' }));
    navigate(done.href);
  };

  return (
    <form noValidate onSubmit={submit} className="ef-form">
      <StudyFields
        values={values}
        setValues={setValues}
        choices={data}
        suggestedSources={uniqueSources(data.program?.sources ?? [], data.practice?.sources ?? [])}
        problems={problems}
      />
      <SaveActions label={intl.formatMessage({ id: 'studyForm.add' })} saving={state.fetching} cancelHref={back.href} />
    </form>
  );
}
