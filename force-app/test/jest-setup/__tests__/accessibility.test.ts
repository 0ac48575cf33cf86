import { accessibilityFindings } from '../accessibility';

function markup(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.appendChild(host);
  return host;
}

describe('the house accessibility check', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  });

  it('it_should_pass_labelled_markup', async () => {
    const host = markup(
      '<label for="due">Due date</label><input id="due" type="date">' +
        '<button type="button">Save</button><button type="button" aria-label="Close"></button>' +
        '<section role="dialog" aria-labelledby="t"><h2 id="t">Edit step</h2></section><img alt="">'
    );
    expect(accessibilityFindings(host)).toEqual([]);
    await expect(host).toBeAccessible();
  });

  it('it_should_find_unnamed_controls_broken_references_and_duplicate_ids', async () => {
    const host = markup(
      '<input type="text"><button type="button"></button><div role="dialog"></div>' +
        '<span aria-describedby="nowhere" id="twice"></span><span id="twice" role="bogus"></span>' +
        '<img src="x.png"><h3></h3><a href="#" tabindex="2"></a>'
    );
    expect(accessibilityFindings(host)).toEqual([
      '<input> has no accessible name',
      '<button> has no accessible name',
      '<div> is a dialog without a name (aria-labelledby or aria-label)',
      '<span#twice> aria-describedby points at a missing id "nowhere"',
      '<span#twice> has an unknown role "bogus"',
      '<img> has no alt text',
      '<h3> is an empty heading',
      '<a> has tabindex 2',
      '<a> has no accessible name',
      'id "twice" is used 2 times'
    ]);
    await expect(host).not.toBeAccessible();
  });

  it('it_should_require_labels_on_base_components', () => {
    const host = markup('<lightning-input></lightning-input><lightning-button-icon></lightning-button-icon>');
    const input = host.querySelector<HTMLElement>('lightning-input');
    if (input) Object.assign(input, { label: 'Title' });
    expect(accessibilityFindings(host)).toEqual(['<lightning-button-icon> has no alternativeText']);
  });
});
