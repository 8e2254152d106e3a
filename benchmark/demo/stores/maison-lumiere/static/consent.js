CookieConsent.run({
  hideFromBots: false,  // show the banner to every visitor, automated or not
  guiOptions: { consentModal: { layout: 'bar', position: 'bottom' } },
  categories: { necessary: { enabled: true, readOnly: true }, analytics: {}, marketing: {} },
  language: {
    default: 'fr',
    translations: {
      fr: {
        consentModal: {
          title: 'Cookies',
          description: 'Nous utilisons des cookies pour faire fonctionner la boutique et, avec votre accord, pour mesurer l\'audience.',
          acceptAllBtn: 'Tout accepter', acceptNecessaryBtn: 'Tout refuser', showPreferencesBtn: 'Personnaliser'
        },
        preferencesModal: {
          title: 'Préférences', acceptAllBtn: 'Tout accepter', acceptNecessaryBtn: 'Tout refuser', savePreferencesBtn: 'Enregistrer',
          sections: [{ title: 'Indispensables', linkedCategory: 'necessary' }, { title: 'Mesure d\'audience', linkedCategory: 'analytics' }]
        }
      }
    }
  }
});
