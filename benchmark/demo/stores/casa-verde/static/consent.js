CookieConsent.run({
  hideFromBots: false,  // show the banner to every visitor, automated or not
  disablePageInteraction: true,
  guiOptions: { consentModal: { layout: 'box', position: 'middle center' } },
  categories: { necessary: { enabled: true, readOnly: true }, analytics: {} },
  language: {
    default: 'ro',
    translations: {
      ro: {
        consentModal: {
          title: 'Folosim cookie-uri',
          description: 'Folosim cookie-uri necesare funcționării magazinului și, cu acordul tău, cookie-uri de analiză.',
          acceptAllBtn: 'Accept toate', acceptNecessaryBtn: 'Refuz', showPreferencesBtn: 'Setări'
        },
        preferencesModal: {
          title: 'Setări cookie-uri', acceptAllBtn: 'Accept toate', acceptNecessaryBtn: 'Refuz', savePreferencesBtn: 'Salvează',
          sections: [{ title: 'Necesare', linkedCategory: 'necessary' }, { title: 'Analiză', linkedCategory: 'analytics' }]
        }
      }
    }
  }
});
