import { errorSentence, reduceErrors } from 'c/planErrors';
import { LABELS, type PlanLabelKey } from 'c/planLabels';

describe('reduceErrors', () => {
  it('it_should_read_an_AuraHandledException', () => {
    const error = {
      status: 500,
      body: {
        message: 'This plan was changed by someone else since you opened it. Reload to see their changes.'
      }
    };
    expect(reduceErrors(error)).toEqual([
      'This plan was changed by someone else since you opened it. Reload to see their changes.'
    ]);
  });

  it('it_should_read_dml_page_and_field_errors', () => {
    const error = {
      body: {
        message: 'An error occurred',
        pageErrors: [
          { statusCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: 'A done step needs a completed date' }
        ],
        fieldErrors: { Due_Date__c: [{ message: 'Due date is not valid' }] }
      }
    };
    expect(reduceErrors(error)).toEqual(['A done step needs a completed date.', 'Due date is not valid.']);
  });

  it('it_should_read_ui_api_error_arrays_and_output_errors', () => {
    expect(
      reduceErrors({ body: [{ message: 'Insufficient access' }, { message: 'Insufficient access' }] })
    ).toEqual(['Insufficient access.']);
    expect(
      reduceErrors({ body: { output: { errors: [{ message: 'Record locked' }], fieldErrors: {} } } })
    ).toEqual(['Record locked.']);
  });

  it('it_should_read_errors_strings_and_lists', () => {
    expect(reduceErrors(new TypeError('x is undefined'))).toEqual(['x is undefined.']);
    expect(reduceErrors('Try again later!')).toEqual(['Try again later!']);
    expect(reduceErrors([{ body: { message: 'First' } }, new Error('Second')])).toEqual([
      'First.',
      'Second.'
    ]);
  });

  it('it_should_explain_a_lost_connection', () => {
    expect(reduceErrors({ status: 0, body: null })).toEqual([
      'Salesforce could not be reached. Check your connection and try again.'
    ]);
  });

  it('it_should_never_return_nothing', () => {
    expect(reduceErrors(undefined)).toEqual(['Something went wrong. Reload the page and try again.']);
    expect(reduceErrors({ body: {} })).toEqual(['Something went wrong. Reload the page and try again.']);
    expect(reduceErrors(42)).toEqual(['Something went wrong. Reload the page and try again.']);
  });

  it('it_should_join_sentences_for_a_toast', () => {
    expect(errorSentence([new Error('One'), new Error('Two')])).toBe('One. Two.');
  });

  it('it_should_say_its_own_sentences_in_the_custom_labels_words', () => {
    const labels = LABELS as Record<PlanLabelKey, string>;
    const [fallback, offline] = [labels.problemFallback, labels.problemOffline];
    labels.problemFallback = 'Es ist ein Fehler aufgetreten.';
    labels.problemOffline = 'Keine Verbindung.';
    try {
      expect(reduceErrors(undefined)).toEqual(['Es ist ein Fehler aufgetreten.']);
      expect(reduceErrors({ status: 0, body: null })).toEqual(['Keine Verbindung.']);
    } finally {
      labels.problemFallback = fallback;
      labels.problemOffline = offline;
    }
  });
});
