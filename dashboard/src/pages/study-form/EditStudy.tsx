import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { useClient, useMutation, useQuery } from 'urql';
import { useLocation, useSearch } from 'wouter';
import { useCountryName } from '../../components/country-name';
import { Empty, QueryState } from '../../components/QueryState';
import { SaveActions } from '../../editing/SaveActions';
import { leaveSavedNotice } from '../../editing/saved-notice';
import { useSaveProblems } from '../../editing/save-problems';
import { uniqueSources } from '../../editing/source-choice';
import { useVersionConflict, type Versioned } from '../../editing/version-conflict';
import { HistoryPanel } from '../../history/HistoryPanel';
import { t } from '../../i18n/message';
import {
  StudyEditQuery,
  STUDY_TYPENAMES,
  UpdateStudyMutation,
  type EditedStudy,
  type StudyChoicesData,
} from './queries';
import { returnTo, studyFormFrom } from './return-to';
import { StudyFields } from './StudyFields';
import { checkStudy, studyLabels, studyValues, type StudyValues } from './study-values';

type CountryNamer = ReturnType<typeof useCountryName>;

const versioned = (study: EditedStudy, countryName: CountryNamer): Versioned<StudyValues> => ({
  values: studyValues(study, countryName),
  version: study.version,
});

/** A study as it is now (never from the cache: its version must be the latest), to edit. */
export function EditStudy({ id }: { id: string }) {
  const [result, reexecute] = useQuery({ query: StudyEditQuery, variables: { id }, requestPolicy: 'network-only' });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  if (result.data && result.data.study === null) {
    return <Empty>{t('studyForm.notFound')}</Empty>;
  }
  return (
    <QueryState what="studyForm.what" result={result} data={result.data} retry={reload}>
      {(data) =>
        data.study && (
          <>
            <EditStudyForm id={id} study={data.study} choices={data} />
            <HistoryPanel entityId={id} onRestored={reload} />
          </>
        )
      }
    </QueryState>
  );
}

function EditStudyForm({ id, study, choices }: { id: string; study: EditedStudy; choices: StudyChoicesData }) {
  const intl = useIntl();
  const countryName = useCountryName();
  const from = studyFormFrom(useSearch());
  const [loaded] = useState(() => versioned(study, countryName));
  const [values, setValues] = useState(loaded.values);
  const [state, update] = useMutation(UpdateStudyMutation);
  const { problems, setMissing } = useSaveProblems(state.error);
  const [, navigate] = useLocation();
  const client = useClient();
  const conflict = useVersionConflict({
    loaded,
    labels: studyLabels(intl),
    values,
    setValues,
    fetchLatest: async () => {
      const latest = await client.query(StudyEditQuery, { id }, { requestPolicy: 'network-only' }).toPromise();
      return latest.data?.study ? versioned(latest.data.study, countryName) : null;
    },
  });
  const back = returnTo(from, study);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkStudy(values);
    setMissing(checked.problems);
    if (!checked.input) return;
    conflict.saving();
    const result = await update(
      { id, input: checked.input, expectedVersion: conflict.expectedVersion },
      { additionalTypenames: STUDY_TYPENAMES },
    );
    if (!result.data) return;
    const done = returnTo(from, values);
    if (done.recordKey) {
      const version = result.data.updateStudy.version;
      leaveSavedNotice(done.recordKey, intl.formatMessage({ id: 'studyForm.saved' }, { version }));
    }
    navigate(done.href);
  };

  return (
    <form noValidate onSubmit={submit} className="ef-form">
      <p className="lede">{t('studyForm.lede', { version: loaded.version })}</p>
      {conflict.notice('studyForm.what', problems)}
      <StudyFields
        values={values}
        setValues={setValues}
        choices={choices}
        suggestedSources={uniqueSources([study.source], ...study.programs.map((program) => program.sources))}
        problems={problems}
      />
      <SaveActions
        label={intl.formatMessage({ id: 'studyForm.save' })}
        saving={state.fetching}
        cancelHref={back.href}
      />
    </form>
  );
}
