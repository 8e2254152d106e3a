// vanilla-cookieconsent v3 set-up, as a store would write it.
CookieConsent.run({
  hideFromBots: false,  // show the banner to every visitor, automated or not
  guiOptions: { consentModal: { layout: 'box', position: 'bottom right' } },
  categories: { necessary: { enabled: true, readOnly: true }, analytics: {} },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: 'We value your privacy',
          description: 'We use cookies to run the store and, with your permission, to measure visits.',
          acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all', showPreferencesBtn: 'Manage preferences'
        },
        preferencesModal: {
          title: 'Cookie preferences', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all',
          savePreferencesBtn: 'Save preferences',
          sections: [
            { title: 'Strictly necessary', description: 'Needed for the cart and checkout.', linkedCategory: 'necessary' },
            { title: 'Analytics', description: 'Helps us understand how the store is used.', linkedCategory: 'analytics' }
          ]
        }
      }
    }
  }
});
