import { z } from 'zod';
import { isoDateTime } from './common';

export const portalAccountSchema = z.object({
  id: z.string(),
  email: z.string(),
  status: z.enum(['active', 'disabled']),
  createdAt: isoDateTime,
  createdVia: z.enum(['online_booking', 'access_link']),
  records: z.array(
    z.object({
      patientId: z.string(),
      name: z.string(),
      access: z.enum(['limited', 'full']),
      linkedAt: isoDateTime,
    }),
  ),
});
export type PortalAccount = z.infer<typeof portalAccountSchema>;
