// A hand-written course list: one fetch, then DOM. What the college page would be without the
// elements (no filters, no paging, no enrolment), for the benchmark.
const apiBase = document.querySelector('meta[name="skills-api-base"]').content;
const status = document.getElementById('status');
const list = document.getElementById('results');

const res = await fetch(`${apiBase}/courses?provider=prv_hatc_tech&limit=20`, {
  headers: { authorization: 'Bearer pk_test_demo', 'accept-language': 'zh-CN' },
});
const page = await res.json();
const zh = (text) => (typeof text === 'string' ? text : text['zh-CN']);
for (const course of page.data) {
  const li = document.createElement('li');
  const title = document.createElement('h2');
  title.textContent = zh(course.title);
  const meta = document.createElement('p');
  meta.textContent = `${zh(course.provider.name)} · ${course.startDate} – ${course.endDate} · 余 ${course.seatsLeft} 位`;
  li.append(title, meta);
  list.append(li);
}
status.textContent = `共 ${page.total} 门课程`;
