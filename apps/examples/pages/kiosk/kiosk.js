// One screen per venue: /kiosk/?competition=cmp_… pins that competition's board; without it the
// kiosk cycles through every live competition. (An external file: no inline script needed.)
const id = new URLSearchParams(location.search).get('competition');
if (id) document.querySelector('skills-competition-board').setAttribute('competition-id', id);
