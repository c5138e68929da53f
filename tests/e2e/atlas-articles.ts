// Three short articles written for the atlas's tests and bench: two stories about Imam Sahib (a district of
// Kunduz) months apart, and one from Taloqan that names Kunduz. The bench makes its synthetic stories from them.

export const ARTICLES = [
  {
    slug: 'imam-sahib-floods',
    meta: { date: '2024-05-12', publisher: 'Kunduz Weekly' },
    text: [
      'Floodwater Recedes From Imam Sahib Farms',
      'Families in Imam Sahib returned to their fields this week after the Amu Darya fell back within its banks.',
      '"The wheat is gone, but the soil is still good," said Habibullah Noori, who farms along the river.',
      'Aid workers in Kunduz say seed and fuel are now more urgent than tents.',
    ].join('\n\n'),
  },
  {
    slug: 'taloqan-traders',
    meta: { date: '2024-06-03', publisher: 'Takhar Herald' },
    text: [
      'Taloqan Traders Count The Cost Of A Closed Road',
      'Shopkeepers in Taloqan say prices for flour and cooking oil rose by a third while the road to Kunduz was shut.',
      'Most goods for Takhar come through that road, and trucks waited for nine days before it reopened.',
    ].join('\n\n'),
  },
  {
    slug: 'imam-sahib-teachers',
    meta: { date: '2023-11-20', publisher: 'Kunduz Weekly' },
    text: [
      'Teachers In Imam Sahib Wait For Their Pay',
      'Teachers at three schools in Imam Sahib have not been paid since the summer, the district education office says.',
      'Some now work as labourers in Kunduz city on the days they do not teach.',
    ].join('\n\n'),
  },
];
