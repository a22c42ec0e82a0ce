/** An account as the API shows it. */
import { z } from 'zod';

export const accountViewSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(['applicant', 'reviewer', 'admin', 'bureau_operator']),
});
export type AccountView = z.infer<typeof accountViewSchema>;

export function accountView(row: {
  id: string;
  email: string;
  display_name: string;
  role: string;
}): AccountView {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role as AccountView['role'],
  };
}
