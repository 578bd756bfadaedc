import { organization } from "../../db/schema";

/** The columns anyone may see: institutions' details are public by nature. */
export const institutionColumns = {
  id: organization.id,
  name: organization.name,
  slug: organization.slug,
  type: organization.type,
  signingDate: organization.signingDate,
  leadName: organization.leadName,
  contactName: organization.contactName,
  contactEmail: organization.contactEmail,
  publicUrl: organization.publicUrl,
  version: organization.version,
  createdAt: organization.createdAt,
  updatedAt: organization.updatedAt,
};

export type InstitutionView = {
  id: string;
  name: string;
  slug: string;
  type: string;
  signingDate: string | null;
  leadName: string | null;
  contactName: string | null;
  contactEmail: string | null;
  publicUrl: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};
