// A schema for every code list: the wire accepts exactly the codes of the list. The pure
// annotations let bundlers drop the schemas a page does not use from this shared module.
import * as z from 'zod/mini';
import { codesOf } from './code-list.js';
import { catalogueStatuses } from './code-lists/catalogue-statuses.js';
import { certificateKinds } from './code-lists/certificate-kinds.js';
import { competitionStatuses } from './code-lists/competition-statuses.js';
import { deliveryFormats } from './code-lists/delivery-formats.js';
import { educationLevels } from './code-lists/education-levels.js';
import { enrolmentStatuses } from './code-lists/enrolment-statuses.js';
import { industryClusters } from './code-lists/industry-clusters.js';
import { medals } from './code-lists/medals.js';
import { providerKinds } from './code-lists/provider-kinds.js';
import { schedules } from './code-lists/schedules.js';
import { skillLevels } from './code-lists/skill-levels.js';
import { targetGroups } from './code-lists/target-groups.js';
import { tasks } from './code-lists/tasks.js';
import { trainingStyles } from './code-lists/training-styles.js';
import { districts } from './districts.js';

export const districtCodeSchema = /* @__PURE__ */ z.enum(/* @__PURE__ */ codesOf(districts));
export const targetGroupSchema = /* @__PURE__ */ z.enum(/* @__PURE__ */ codesOf(targetGroups));
export const providerKindSchema = /* @__PURE__ */ z.enum(/* @__PURE__ */ codesOf(providerKinds));
export const trainingStyleSchema = /* @__PURE__ */ z.enum(/* @__PURE__ */ codesOf(trainingStyles));
export const deliveryFormatSchema = /* @__PURE__ */ z.enum(/* @__PURE__ */ codesOf(deliveryFormats));
export const scheduleSchema = /* @__PURE__ */ z.enum(/* @__PURE__ */ codesOf(schedules));
export const industryClusterSchema = /* @__PURE__ */ z.enum(/* @__PURE__ */ codesOf(industryClusters));
export const certificateKindSchema = /* @__PURE__ */ z.enum(/* @__PURE__ */ codesOf(certificateKinds));
export const enrolmentStatusSchema = /* @__PURE__ */ z.enum(/* @__PURE__ */ codesOf(enrolmentStatuses));
export const competitionStatusSchema = /* @__PURE__ */ z.enum(/* @__PURE__ */ codesOf(competitionStatuses));
export const medalSchema = /* @__PURE__ */ z.enum(/* @__PURE__ */ codesOf(medals));
export const catalogueStatusSchema = /* @__PURE__ */ z.enum(/* @__PURE__ */ codesOf(catalogueStatuses));
export const educationLevelSchema = /* @__PURE__ */ z.enum(/* @__PURE__ */ codesOf(educationLevels));
export const skillLevelSchema = /* @__PURE__ */ z.literal(/* @__PURE__ */ codesOf(skillLevels));
export const taskSchema = /* @__PURE__ */ z.literal(/* @__PURE__ */ codesOf(tasks));
