// The SurveyJS page asks exactly Phasencheck's questions, in both languages (survey-json.mjs).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { surveyFromQuestionnaire } from './survey-json.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const questionnaire = JSON.parse(fs.readFileSync(path.join(here, '../../assets/questionnaire.json'), 'utf8'));
const survey = surveyFromQuestionnaire(questionnaire);
const elements = survey.pages.flatMap((page) => page.elements);
const questions = questionnaire.sections.flatMap((section) => section.questions);

test('one page per section, one required single-choice question per question, in order, one per screen', () => {
  assert.deepEqual(survey.pages.map((p) => p.name), questionnaire.sections.map((s) => s.id));
  assert.deepEqual(elements.map((e) => e.name), questions.map((q) => q.id));
  assert.ok(elements.every((e) => e.type === 'radiogroup' && e.isRequired === true));
  assert.equal(survey.questionsOnPageMode, 'questionPerPage');
});

test('every question, help and option carries the German and English wording of the content', () => {
  questions.forEach((question, i) => {
    const element = elements[i];
    assert.deepEqual(element.title, { default: question.text.en, de: question.text.de });
    assert.deepEqual(element.description, { default: question.help.en, de: question.help.de });
    assert.deepEqual(element.choices, question.options.map((o) => ({ value: o.id, text: { default: o.label.en, de: o.label.de } })));
  });
  assert.equal(survey.title.de, questionnaire.messages['ui.intro.title'].de);
});
