import { describe, expect, it } from 'vitest';
import { isCaption, namesBranchFirst, captionsApart } from '../../../scripts/ingest/text/captions.ts';

describe('captions are not headings', () => {
  it('a figure’s title, a province branch’s photo, a line that opens a bracket it does not close (2020 report)', () => {
    expect(isCaption('中國聯通股權結構圖')).toBe(true); // line 281
    expect(isCaption('中国联通组织机构图')).toBe(true); // 2024 report line 177
    expect(isCaption('甘肅聯通「星主播」選拔')).toBe(true); // line 1784
    expect(isCaption('國際公司參與由加拿大泰國商會組織的「Women')).toBe(true); // line 1137
    // Photos of events: the event pictured, or an event named after its organiser (2020 report lines 1349, 2744, 3201, 3281).
    for (const caption of ['雲時代的全光底座白皮書發佈會', '「廣州公法鏈」建成應用通報會', '中國聯通第二屆職工代表大會第八次會議', '偃師聯通組織消防安全培訓', '中国联通第二届职工代表大会第十五次会议现场']) expect(isCaption(caption), caption).toBe(true);
    // What the news showed (2023 chapter line 478).
    expect(isCaption(' 營業廳愛心驛站 助老體驗中心登上央視新聞')).toBe(true);
    // Headings that name the group, a blueprint, a quoted term, a branch's work in general, an event without its organiser, a product.
    for (const heading of ['舉辦技能競賽', '強化能力培訓', '联通云会议', '豐富文體活動']) expect(isCaption(heading), heading).toBe(false);
    for (const heading of ['走進中國聯通', '共绘数字化新蓝图', '打造行業領先的「跨域」能力', '深化联通电信共建共享', '中国联通格物平台']) expect(isCaption(heading)).toBe(false);
  });
});

describe('namesBranchFirst', () => {
  it('tells a line that names a province’s branch first, in either script (2020 report line 2062, 2024 report line 2877)', () => {
    expect(namesBranchFirst('湖南聯通「真情有沃，與愛同行」關愛留守兒童愛心公益活動')).toBe(true);
    expect(namesBranchFirst('北京联通“517”电信日反诈宣传活动现场')).toBe(true);
    expect(namesBranchFirst('山東青島聯通聚焦智慧港口')).toBe(true);
    expect(namesBranchFirst('中國聯通利用5G、AI等新技術')).toBe(false);
  });
});

describe('captionsApart', () => {
  it('reads two photos\' captions printed on one line, each naming the group or a branch first, as two (2023 chapter line 764, 2020 report)', () => {
    expect(captionsApart('中國聯通第二屆職工籃球比賽 中國聯通第一屆電子競技—王者榮耀比賽')).toEqual(['中國聯通第二屆職工籃球比賽', '中國聯通第一屆電子競技—王者榮耀比賽']);
    expect(captionsApart('河南聯通「互聯網+健康扶貧」遠程會診 福州聯通ICU病房遠程探視')).toEqual(['河南聯通「互聯網+健康扶貧」遠程會診', '福州聯通ICU病房遠程探視']);
  });
  it('leaves a caption whose second part names no unit first, a quotation holding a space, and labels set apart by several spaces', () => {
    for (const text of ['開展“揚慈孝·頌親恩 中國聯通雙親同樂日”社會公益活動', '“沃們一起來閲讀” 希望工程圖書室 中國聯通 APP 積分商城愛心公益專區', '中國聯通第二屆職工籃球比賽 第一屆電子競技']) expect(captionsApart(text), text).toEqual([text]);
  });
});
