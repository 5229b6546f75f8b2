// The portal's own glue (an external file, so the page also works under a strict CSP): when an
// enrolment is submitted, note its reference beside the finder (a reference is not personal
// data; the form itself shows the full receipt).
const note = document.getElementById('enrolled');

document.addEventListener('skills-enrolment-submitted', (event) => {
  const { reference, status } = event.detail.enrolment;
  note.textContent = `已报名（${status === 'waitlisted' ? '候补' : '已提交'}），报名编号 ${reference}`;
});
