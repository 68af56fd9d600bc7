/**
 * The application menu's labels in Chinese and English, picked from the OS locale. Roles that
 * Electron labels itself (copy, paste, zoom, …) are not listed here: the OS translates those.
 */

export interface MenuLabels {
  file: string
  import: string
  export: string
  backup: string
  restore: string
  restoreSamples: string
  quit: string
  edit: string
  view: string
  help: string
  about: string
}

const ZH: MenuLabels = {
  file: '文件',
  import: '导入文档…',
  export: '导出笔记…',
  backup: '备份资料库…',
  restore: '从备份恢复…',
  restoreSamples: '恢复示例报告',
  quit: '退出',
  edit: '编辑',
  view: '视图',
  help: '帮助',
  about: '关于比读',
}

const EN: MenuLabels = {
  file: 'File',
  import: 'Import…',
  export: 'Export…',
  backup: 'Backup…',
  restore: 'Restore…',
  restoreSamples: 'Restore Sample Reports',
  quit: 'Quit',
  edit: 'Edit',
  view: 'View',
  help: 'Help',
  about: 'About Bidu',
}

/** Chinese labels for any `zh` locale (zh-CN, zh-TW, zh-Hans…), English otherwise. */
export function menuLabels(locale: string): MenuLabels {
  return /^zh\b/i.test(locale) ? ZH : EN
}
