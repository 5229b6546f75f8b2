// Demo organisations: the colleges the plan names, invented private institutions and enterprises,
// and competition organisers. Enterprise names and credit codes are invented.
import type { DistrictCode, ProviderKind } from '@skills-huaian/schemas';
import { demoCreditCode } from './codes.js';

export interface DemoProvider {
  id: string;
  kind: ProviderKind;
  zh: string;
  en: string;
  districtCode: DistrictCode;
  /** Occupation codes this provider teaches (empty: any). */
  focus: string[];
  creditCode?: string;
}

// The five colleges named in the plan (淮政办函〔2025〕5号).
const colleges: DemoProvider[] = [
  {
    id: 'prv_jsnu_nursing',
    kind: 'public-college',
    zh: '江苏护理职业学院',
    en: 'Jiangsu College of Nursing',
    districtCode: '320812',
    focus: ['4-10-01-05', '4-10-01-07', '4-10-01-03', '4-10-01-08', '4-10-01-06'],
  },
  {
    id: 'prv_jsfd_college',
    kind: 'public-college',
    zh: '江苏食品药品职业技术学院',
    en: 'Jiangsu Food & Pharmaceutical Science College',
    districtCode: '320803',
    focus: ['4-03-02-01', '4-03-02-02', '4-03-02-03', '4-03-01-01', '6-05-01-01', '4-10-01-07'],
  },
  {
    id: 'prv_hatc_tech',
    kind: 'public-college',
    zh: '江苏省淮安技师学院',
    en: "Jiangsu Huai'an Technician College",
    districtCode: '320812',
    focus: ['4-03-02-01', '6-18-02-04', '6-31-01-03', '6-20-01-02', '6-25-04-01', '4-12-01-01', '4-99-00-01'],
  },
  {
    id: 'prv_hycommerce',
    kind: 'public-college',
    zh: '江苏省淮阴商业学校',
    en: 'Jiangsu Huaiyin Commercial School',
    districtCode: '320804',
    focus: ['4-03-02-01', '2-02-18-10', '6-29-01-01', '6-29-01-03', '4-01-02-02', '4-01-06-02', '4-03-01-02'],
  },
  {
    id: 'prv_habio_school',
    kind: 'public-college',
    zh: '淮安生物工程高等职业学校',
    en: "Huai'an Bioengineering Higher Vocational School",
    districtCode: '320803',
    focus: [
      '5-05-01-02',
      '5-04-01-05',
      '5-04-01-06',
      '5-01-02-05',
      '5-01-02-06',
      '5-01-02-07',
      '5-01-03-02',
      '5-04-01-07',
      '5-01-04-02',
      '4-08-05-04',
      '4-01-06-01',
    ],
  },
];

const privates: DemoProvider[] = [
  {
    id: 'prv_qihang',
    kind: 'private-institution',
    zh: '淮安启航职业技能培训学校',
    en: "Huai'an Qihang Vocational Training School",
    districtCode: '320812',
    focus: [],
  },
  {
    id: 'prv_jinqiao',
    kind: 'private-institution',
    zh: '淮安市金桥职业培训学校',
    en: "Huai'an Jinqiao Vocational Training School",
    districtCode: '320804',
    focus: [],
  },
  {
    id: 'prv_huimin',
    kind: 'private-institution',
    zh: '清江浦区惠民职业技能培训中心',
    en: 'Qingjiangpu Huimin Skills Training Centre',
    districtCode: '320812',
    focus: [],
  },
  {
    id: 'prv_longxia',
    kind: 'private-institution',
    zh: '盱眙县龙乡职业技能培训学校',
    en: 'Xuyi Longxiang Skills Training School',
    districtCode: '320830',
    focus: ['4-03-02-01', '5-04-01-05', '5-04-01-01', '4-07-04-03', '4-07-04-01'],
  },
  {
    id: 'prv_qiaoshou',
    kind: 'private-institution',
    zh: '涟水县巧手家政培训学校',
    en: 'Lianshui Qiaoshou Housekeeping School',
    districtCode: '320826',
    focus: ['4-10-01-06', '4-09-08-01', '4-10-01-05', '4-03-02-02'],
  },
  {
    id: 'prv_hongzehu',
    kind: 'private-institution',
    zh: '洪泽湖渔业技能培训中心',
    en: 'Hongze Lake Fishery Skills Centre',
    districtCode: '320813',
    focus: ['5-04-01-01', '6-01-04-03', '4-13-04-02', '5-04-01-06', '5-04-01-07'],
  },
  {
    id: 'prv_hexiang',
    kind: 'private-institution',
    zh: '金湖县荷乡职业技能培训学校',
    en: 'Jinhu Hexiang Skills Training School',
    districtCode: '320831',
    focus: [],
  },
  {
    id: 'prv_xinnong',
    kind: 'private-institution',
    zh: '淮阴区新农人培训学校',
    en: 'Huaiyin New Farmers Training School',
    districtCode: '320804',
    focus: ['5-05-01-02', '4-01-06-01', '5-01-03-02', '5-01-02-05', '6-01-01-02'],
  },
];

const enterpriseList: Omit<DemoProvider, 'creditCode'>[] = [
  {
    id: 'prv_yunfan_data',
    kind: 'enterprise',
    zh: '淮安云帆数据科技有限公司',
    en: "Huai'an Yunfan Data Technology Co., Ltd.",
    districtCode: '320812',
    focus: ['4-04-05-05', '4-04-05-06', '2-02-10-14'],
  },
  {
    id: 'prv_hengrui_mfg',
    kind: 'enterprise',
    zh: '淮安恒瑞精密制造有限公司',
    en: "Huai'an Hengrui Precision Manufacturing Co., Ltd.",
    districtCode: '320804',
    focus: ['6-18-02-04', '6-20-01-02', '6-31-01-03'],
  },
  {
    id: 'prv_huaiwei_food',
    kind: 'enterprise',
    zh: '江苏淮味餐饮管理有限公司',
    en: 'Jiangsu Huaiwei Catering Management Co., Ltd.',
    districtCode: '320803',
    focus: ['4-03-02-01', '4-03-01-01', '4-03-02-02'],
  },
  {
    id: 'prv_ankang_care',
    kind: 'enterprise',
    zh: '淮安安康养老服务有限公司',
    en: "Huai'an Ankang Elderly Care Services Co., Ltd.",
    districtCode: '320812',
    focus: ['4-10-01-05', '4-10-01-07'],
  },
  {
    id: 'prv_zhuxin_build',
    kind: 'enterprise',
    zh: '淮安筑新建设集团有限公司',
    en: "Huai'an Zhuxin Construction Group Co., Ltd.",
    districtCode: '320826',
    focus: ['6-29-01-01', '6-29-01-03', '2-02-18-10'],
  },
  {
    id: 'prv_xiangyu_uav',
    kind: 'enterprise',
    zh: '淮安翔宇无人机科技有限公司',
    en: "Huai'an Xiangyu UAV Technology Co., Ltd.",
    districtCode: '320813',
    focus: ['4-99-00-01'],
  },
  {
    id: 'prv_xinyuan_elec',
    kind: 'enterprise',
    zh: '淮安鑫源电子有限公司',
    en: "Huai'an Xinyuan Electronics Co., Ltd.",
    districtCode: '320804',
    focus: ['6-25-04-01', '6-31-01-03'],
  },
  {
    id: 'prv_runhe_agri',
    kind: 'enterprise',
    zh: '淮安润禾农业发展有限公司',
    en: "Huai'an Runhe Agricultural Development Co., Ltd.",
    districtCode: '320831',
    focus: ['5-04-01-05', '5-01-03-02', '4-08-05-04'],
  },
  {
    id: 'prv_suda_ecom',
    kind: 'enterprise',
    zh: '淮安速达电商供应链有限公司',
    en: "Huai'an Suda E-commerce Supply Chain Co., Ltd.",
    districtCode: '320830',
    focus: ['4-01-06-02', '4-01-02-02', '4-04-05-07'],
  },
  {
    id: 'prv_lanting_hotel',
    kind: 'enterprise',
    zh: '淮安兰亭文旅酒店管理有限公司',
    en: "Huai'an Lanting Hospitality Management Co., Ltd.",
    districtCode: '320812',
    focus: ['4-03-01-02', '4-07-04-03', '4-07-04-02'],
  },
];

export const demoEnterprises: DemoProvider[] = enterpriseList.map((e, i) => ({
  ...e,
  creditCode: demoCreditCode(i + 1),
}));

export const demoProviders: DemoProvider[] = [...colleges, ...privates, ...demoEnterprises];

/** Competition organisers: city departments (by office, never a person) and the colleges. */
export interface DemoOrganiser {
  id: string;
  zh: string;
  en: string;
}

export const demoOrganisers: DemoOrganiser[] = [
  {
    id: 'org_hrss',
    zh: '淮安市人力资源和社会保障局',
    en: "Huai'an Human Resources and Social Security Bureau",
  },
  { id: 'org_commerce', zh: '淮安市商务局', en: "Huai'an Commerce Bureau" },
  { id: 'org_civil', zh: '淮安市民政局', en: "Huai'an Civil Affairs Bureau" },
  { id: 'org_agri', zh: '淮安市农业农村局', en: "Huai'an Agriculture and Rural Affairs Bureau" },
  {
    id: 'org_housing',
    zh: '淮安市住房和城乡建设局',
    en: "Huai'an Housing and Urban-Rural Development Bureau",
  },
  { id: 'org_data', zh: '淮安市数据局', en: "Huai'an Data Bureau" },
  { id: 'org_culture', zh: '淮安市文化广电和旅游局', en: "Huai'an Culture, Broadcasting and Tourism Bureau" },
];
