// Builds the SurveyJS comparison page into a folder: the page (surveyjs/), SurveyJS's files from
// tests/bench/node_modules (the locked survey-core and survey-js-ui), the survey made from
// assets/questionnaire.json, and X.gz / X.br beside each file as dist/ has them.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compressSite } from './compressed-size.mjs';
import { surveyFromQuestionnaire } from './survey-json.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const modules = path.join(here, 'node_modules');
const LIBRARY_FILES = [
  'survey-core/survey.core.min.js',
  'survey-core/survey-core.fontless.min.css',
  'survey-core/i18n/german.min.js',
  'survey-js-ui/survey-js-ui.min.js',
];

// → how its files were compressed. `questionnaireFile` is assets/questionnaire.json.
export function buildSurveySite(dir, questionnaireFile) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const name of fs.readdirSync(path.join(here, 'surveyjs'))) fs.copyFileSync(path.join(here, 'surveyjs', name), path.join(dir, name));
  for (const file of LIBRARY_FILES) fs.copyFileSync(path.join(modules, file), path.join(dir, path.basename(file)));
  const questionnaire = JSON.parse(fs.readFileSync(questionnaireFile, 'utf8'));
  fs.writeFileSync(path.join(dir, 'survey.json'), JSON.stringify(surveyFromQuestionnaire(questionnaire)));
  return compressSite(dir);
}

// The locked SurveyJS version, for the report.
export function surveyVersion() {
  return JSON.parse(fs.readFileSync(path.join(modules, 'survey-core/package.json'), 'utf8')).version;
}
