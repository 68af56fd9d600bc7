/** Renderer entry: asks for persistent storage and mounts the app. */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { requestPersistentStorage } from './db/database'
import { App } from './app/App'
import './app/app.css'

void requestPersistentStorage()

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
