// entry of the standalone report page: reads the embedded data and renders it
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../styles/tokens.css';
import '../styles/base.css';
import '../styles/report.css';
import { readReportData } from './read-report-data.ts';
import { Report } from './report-page.tsx';

const root = document.getElementById('root');
if (root) {
  const data = readReportData(document.getElementById('report-data')?.textContent);
  createRoot(root).render(
    <StrictMode>
      {data.ok ? (
        <Report report={data.report} />
      ) : (
        <p className="card problem" role="alert">
          {data.problem}
        </p>
      )}
    </StrictMode>,
  );
}
