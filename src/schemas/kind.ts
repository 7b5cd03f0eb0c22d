/** What sort of identifier a code is. */
import { z } from 'astro/zod';
import { kindLabels, type Kind } from '../lib/kinds';

export { kindLabels, type Kind };

export const kindSchema = z.enum(Object.keys(kindLabels) as [Kind, ...Kind[]]);
