/** A document's outline as a navigation list; the current section is marked as the reader scrolls. */
import { memo, useEffect, useRef } from 'react'
import type { FlatNode } from './outline-navigation'
import { useI18n } from '../../i18n'

interface OutlinePaneProps {
  flat: readonly FlatNode[]
  current: number
  onPick(index: number): void
}

export const OutlinePane = memo(function OutlinePane({ flat, current, onPick }: OutlinePaneProps) {
  const { t } = useI18n()
  const list = useRef<HTMLOListElement>(null)
  useEffect(() => {
    list.current?.querySelector('[aria-current="location"]')?.scrollIntoView({ block: 'nearest' })
  }, [current])
  if (flat.length === 0) return <p className="outline-empty">{t('reader.noOutline')}</p>
  return (
    <ol className="outline" ref={list}>
      {flat.map(({ node }, index) => (
        <li key={node.id} style={{ paddingInlineStart: `${node.depth * 0.9}em` }}>
          <button
            type="button"
            className="outline-item"
            aria-current={index === current ? 'location' : undefined}
            onClick={() => onPick(index)}
            title={`${node.label}${node.title}`}
          >
            {node.label && <span className="outline-label">{node.label}</span>}
            {node.title}
          </button>
        </li>
      ))}
    </ol>
  )
})
