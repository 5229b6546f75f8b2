// A React 19 host: the @lit/react wrappers from @skills-huaian/components/react. Choosing
// "enrol" in the finder opens the enrolment form below it; the receipt's reference is shown.
import { SkillsCourseFinder, SkillsEnrolmentForm, SkillsProvider } from '@skills-huaian/components/react';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

const apiBase =
  document.querySelector<HTMLMetaElement>('meta[name="skills-api-base"]')?.content ??
  'http://127.0.0.1:8787/v1';

function App() {
  const [courseId, setCourseId] = useState<string | null>(null);
  const [reference, setReference] = useState<string | null>(null);
  return (
    <SkillsProvider apiBase={apiBase} publishableKey="pk_test_demo" locale="zh-CN">
      <header className="site">淮安市清江浦区 · 就业服务（React）</header>
      <main>
        <h1>找课程 · 报名</h1>
        <SkillsCourseFinder
          district="320812"
          pageSize={10}
          onEnrolRequest={(event) => {
            event.preventDefault(); // this page shows the form itself, below the list
            setReference(null);
            setCourseId(event.detail.course.id);
          }}
        />
        {courseId && (
          <section aria-label="报名">
            <SkillsEnrolmentForm
              courseId={courseId}
              privacyNoticeHref="/privacy.html"
              onEnrolmentSubmitted={(event) => setReference(event.detail.enrolment.reference)}
            />
          </section>
        )}
        {reference && (
          <p role="status" data-testid="host-receipt">
            已提交，报名编号 {reference}
          </p>
        )}
      </main>
    </SkillsProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
