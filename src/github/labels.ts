// The labels a pull request has now: the accept label may be added after the run started (adding a
// label starts no `pull_request` run unless the workflow asks for `labeled`), and a re-run keeps its
// first attempt's event, whose label list is stale.
//
// REST: GET /repos/{owner}/{repo}/issues/{issue_number}/labels?per_page=100 (Link pages), each
// `{ name }` (https://docs.github.com/rest/issues/labels).
import { githubMessage, GitHubApiError, RestClient, type RestClientOptions } from "./rest-client.js";

export async function pullRequestLabels(options: RestClientOptions & { repository: string; pullNumber: number }): Promise<{ labels: string[] } | { refused: string }> {
  const [owner = "", repo = ""] = options.repository.split("/");
  const where = `${options.repository}#${options.pullNumber}`;
  try {
    const client = new RestClient(options);
    const got = await client.paginate<{ name?: unknown }>(`/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/issues/${options.pullNumber}/labels?per_page=100`);
    if ("refused" in got) return { refused: `GitHub answered ${got.refused.status} ${githubMessage(got.refused)} for the labels of ${where}` };
    return { labels: got.items.map((l) => l.name).filter((n): n is string => typeof n === "string") };
  } catch (error) {
    if (error instanceof GitHubApiError) return { refused: error.message };
    throw error;
  }
}
