import { describe, expect, it } from 'vitest'
import { isAcknowledgement } from '../../../src/core/themes/acknowledgement'

describe('isAcknowledgement', () => {
  it.each([
    ['在此，我代表温泉镇人民政府，向全镇人民，向各位人大代表，向驻镇单位、公安政法干警、消防救援队伍，表示衷心的感谢！', true],
    ['我代表国务院，向全国各族人民，向各民主党派、各人民团体和各界人士，表示衷心感谢！向香港特别行政区同胞致以诚挚问候！', true],
    ['向辛勤工作在各条战线上的广大干部群众致以崇高的敬意！', true],
    // Policy sentences, or a policy sentence beside the thanks.
    ['加强安全生产监管，开展隐患排查。', false],
    ['全年未发生较大以上安全生产事故。向公安干警致以崇高的敬意！', false],
    ['对企业表示支持，加大帮扶力度。', false],
    ['', false],
    ['！！。', false],
  ])('%j → %s', (text, expected) => expect(isAcknowledgement(text)).toBe(expected))

  it('reads only the given range', () => {
    const text = '推进扫黑除恶。向公安干警表示感谢！'
    expect(isAcknowledgement(text, 7)).toBe(true)
    expect(isAcknowledgement(text, 0)).toBe(false)
  })
})
