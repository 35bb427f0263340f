// Renders survey.json with SurveyJS in the language of ?lang= (German unless "en"), as a site would.
'use strict';
const language = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'de';
document.documentElement.lang = language;
fetch('survey.json')
  .then((response) => response.json())
  .then((json) => {
    const survey = new Survey.Model(json);
    survey.locale = language === 'de' ? 'de' : '';
    survey.render(document.getElementById('survey'));
  });
