// The same assessment as a SurveyJS survey: every section of assets/questionnaire.json is a page,
// every question a required single-choice question ("radiogroup") with the same wording, help and
// options in German and English. One question per screen, as Phasencheck shows them.

// SurveyJS's localizable text: `default` is English (its default locale), `de` German.
const text = (localized) => ({ default: localized.en, de: localized.de });

export function surveyFromQuestionnaire(questionnaire) {
  const message = (key) => questionnaire.messages[key];
  return {
    title: text(message('ui.intro.title')),
    questionsOnPageMode: 'questionPerPage',
    showQuestionNumbers: 'off',
    showProgressBar: 'top',
    pages: questionnaire.sections.map((section) => ({
      name: section.id,
      title: text(section.title),
      description: text(section.intro),
      elements: section.questions.map((question) => ({
        type: 'radiogroup',
        name: question.id,
        title: text(question.text),
        description: text(question.help),
        isRequired: question.required,
        choices: question.options.map((option) => ({ value: option.id, text: text(option.label) })),
      })),
    })),
  };
}
