/**
 * Incremental copy detection against the store: a new document's sketch is saved, candidates
 * come from the indexed band table (never all pairs), and only those are verified. Adding a
 * document never recomputes links between older documents.
 */
import type { Store } from '../store/store.js';
import type { Db } from '../store/db.js';
import type { Article } from '../types.js';
import { compareDocs, MIN_SHARED_PASSAGE_KEYS, sketch, type LinkDoc } from './index.js';

export async function linkNewDocument(store: Store, article: Article, db: Db): Promise<number> {
  const doc: LinkDoc = { id: article.id, text: article.text, title: article.title, published: article.published,
    outlet: article.outlet, originalSource: article.originalSource };
  const sk = sketch(doc);
  const keys = [...sk.bandKeys, ...sk.passageKeys];
  const candidates = await store.candidatesByBands(keys, article.id, { minPassageKeys: MIN_SHARED_PASSAGE_KEYS }, db);
  await store.saveSketch(article.id, { signature: sk.signature }, keys, db);
  if (!candidates.length) return 0;
  const others = await store.linkDocs(candidates, db);
  const links = others.map((o) => compareDocs(doc, o)).filter((l): l is NonNullable<typeof l> => l !== null && l.type !== 'same_story');
  await store.insertLinks(links, db);
  return links.length;
}
