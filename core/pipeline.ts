// The annotation pipeline: segment, then entities and quantities, then quotes and attribution.
import type { Annotations } from './types';
import { segment } from './text/segment';
import { findEntities } from './entities/index';
import { findQuantities } from './quantities/index';
import { findQuotes, classifyAssertions } from './attribution/index';
import { findArticleDate } from './articleDate';

export function annotateText(text: string, articleDate?: string): Annotations {
  const { paragraphs, sentences } = segment(text);
  const date = articleDate ?? findArticleDate(text);
  const entities = findEntities(text, sentences);
  const quantities = findQuantities(text, sentences, { articleDate: date });
  const quotes = findQuotes(text, paragraphs);
  const assertions = classifyAssertions({ text, paragraphs, sentences, entities, quantities, quotes });
  return { paragraphs, sentences, entities, quantities, quotes, assertions, articleDate: date };
}
