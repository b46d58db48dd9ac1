// The typed entries, loaded with the same zod schemas the parser's output is checked against.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { InstrumentSchema, ReportSchema, RespondentEntrySchema, SubmissionEntrySchema } from './lib/schema.ts';

// CORPUS_ENTRIES lets the benchmark and the hostile-input test build the site from
// generated entries kept outside content/; the real site always uses content/entries.
const entries = process.env.CORPUS_ENTRIES ?? './content/entries';

const reports = defineCollection({
  loader: glob({ pattern: '*.json', base: `${entries}/reports` }),
  schema: ReportSchema,
});

const submissions = defineCollection({
  loader: glob({ pattern: '*.json', base: `${entries}/submissions` }),
  schema: SubmissionEntrySchema,
});

const respondents = defineCollection({
  loader: file('./content/data/respondents.json'),
  schema: RespondentEntrySchema,
});

const instruments = defineCollection({
  loader: file('./content/data/instruments.json'),
  schema: InstrumentSchema,
});

/** Editorial pages: about, method, how to cite. */
const pages = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/pages' }),
  schema: z.object({
    title: z.string(),
    titleEn: z.string(),
    description: z.string(),
    order: z.number(),
  }),
});

export const collections = { reports, submissions, respondents, instruments, pages };
