/**
 * A small gazetteer for unit tests of mentions/roles/resolution, independent of the project's
 * data files (which grow over time). Entries are real countries and organisations; the people
 * in the tests are invented.
 */
import { buildGazetteer, type Gazetteer } from '../resolve/gazetteer.js';

let cached: Gazetteer | null = null;

export function testGazetteer(): Gazetteer {
  if (cached) return cached;
  cached = buildGazetteer([
    {
      file: 'test.json',
      data: {
        entries: [
          {
            id: 'country:KZ',
            type: 'country',
            name: 'Kazakhstan',
            aliases: ['Republic of Kazakhstan'],
            demonyms: ['Kazakh', 'Kazakhs', 'Kazakhstani'],
          },
          {
            id: 'country:TR',
            type: 'country',
            name: 'Turkey',
            aliases: ['Türkiye', 'Turkiye', 'Republic of Turkey'],
            demonyms: ['Turkish', 'Turks'],
          },
          {
            id: 'country:KG',
            type: 'country',
            name: 'Kyrgyzstan',
            aliases: ['Kyrgyz Republic'],
            demonyms: ['Kyrgyz'],
          },
          {
            id: 'country:RU',
            type: 'country',
            name: 'Russia',
            aliases: ['Russian Federation'],
            acronyms: ['RF'],
            demonyms: ['Russian', 'Russians'],
          },
          {
            id: 'country:US',
            type: 'country',
            name: 'United States',
            aliases: ['United States of America'],
            acronyms: ['US', 'USA', 'U.S.'],
            demonyms: ['American'],
          },
          {
            id: 'place:almaty',
            type: 'location',
            name: 'Almaty',
            aliases: ['Alma-Ata'],
            country: 'country:KZ',
          },
          { id: 'place:victoria', type: 'location', name: 'Victoria', aliases: [], country: null },
          {
            id: 'org:csto',
            type: 'organization',
            name: 'Collective Security Treaty Organization',
            aliases: [],
            acronyms: ['CSTO'],
          },
          {
            id: 'org:ots',
            type: 'organization',
            name: 'Organization of Turkic States',
            aliases: ['Turkic Council'],
            acronyms: ['OTS'],
          },
          { id: 'media:orda-times', type: 'media', name: 'Orda Times', aliases: [] },
          {
            id: 'org:pla',
            type: 'organization',
            name: "People's Liberation Army",
            aliases: [],
            acronyms: ['PLA'],
          },
          // invented state bodies: one whose name starts with the last word of its country's name,
          // one with a comma inside its name, one known by an undotted abbreviation
          {
            id: 'org:federation-chamber',
            type: 'organization',
            name: 'Federation Chamber',
            aliases: [],
            country: 'country:RU',
          },
          {
            id: 'org:trade-office',
            type: 'organization',
            name: 'Trade, Industry and Export Office',
            aliases: [],
            country: 'country:US',
          },
          {
            id: 'org:export-board',
            type: 'organization',
            name: 'National Export Board',
            aliases: ['US Export Board'],
            country: 'country:US',
          },
          // invented people: a surname alias shared with strangers, a title alias overlapping the full name
          { id: 'person:hikmat-aliyarov', type: 'person', name: 'Hikmat Aliyarov', aliases: ['Aliyarov'] },
          { id: 'person:li-wenming', type: 'person', name: 'Li Wenming', aliases: ['President Li'] },
          // invented: a Russian name the Turkish press romanises otherwise ("Haritonova")
          {
            id: 'person:olga-kharitonova',
            type: 'person',
            name: 'Olga Kharitonova',
            aliases: ['Kharitonova', 'Ольга Харитонова'],
          },
          {
            id: 'person:vladimir-putin',
            type: 'person',
            name: 'Vladimir Putin',
            aliases: ['Putin'],
            roles: [{ title: 'president', of: 'country:RU', from: '2012-05-07', to: null }],
          },
        ],
      },
    },
  ]);
  return cached;
}
