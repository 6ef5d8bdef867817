/**
 * A 3Ms category as GOV.UK tag parameters: colour and words together, never colour alone. One
 * place for every page that shows a category (the review, the meeting, a school's profile).
 */
export function categoryTag(name: string): { text: string; classes: string } {
  const colour = name === 'maximum' ? 'red' : name === 'moderate' ? 'orange' : 'grey';
  return {
    text: name.charAt(0).toUpperCase() + name.slice(1).toLowerCase(),
    classes: `govuk-tag--${colour}`,
  };
}
