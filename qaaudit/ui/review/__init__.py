"""The service performance review on screen: the list, a new review, the editor with its
lens cards, actions and their progress, two reviews compared, and their exports."""
